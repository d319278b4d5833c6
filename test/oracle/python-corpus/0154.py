# oracle: seed 154, closed, raises RuntimeError at line 12
import torch
from torch.nn import LSTM, Linear, RNN, RNNCell

cell_0 = RNNCell(4, 4)
xs_0 = torch.randn(1, 2, 4)
h_0 = torch.zeros(2, 6)
outputs_0 = []
for t in range(len(xs_0)):
    if t == 1:
        break
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)
head_0 = Linear(4, 2)(h_0)

y_1 = torch.randn(3, 1, 4)
layers_1 = [RNN(4, 7), RNN(7, 5), RNN(5, 7)]
for i in range(len(layers_1)):
    y_1 = layers_1[i](y_1)[0]

lstm_2 = LSTM(3, 2, 2)
out_2, (h_2, c_2) = lstm_2(torch.randn(3, 3, 3))
r_2_0 = len(out_2)
r_2_1 = torch.split(out_2, 2, dim=2)[0]
r_2_2 = out_2[:, -1, :]

lstm_3 = LSTM(3, 3, 2)
out_3, (h_3, c_3) = lstm_3(torch.randn(3, 3, 3))
r_3_0 = out_3.chunk(2, dim=0)[0]
r_3_1 = out_3.permute(1, 0, 2)

lstm_4 = LSTM(3, 6, 1)
out_4, (h_4, c_4) = lstm_4(torch.randn(3, 4, 3))
r_4_0 = torch.cat((out_4, out_4[:1]), dim=-1)
r_4_1 = h_4[-2:]
a_4, b_4 = out_4.chunk(2, dim=0)
