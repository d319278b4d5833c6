# oracle: seed 154, closed, raises RuntimeError at line 10
import torch
from torch.nn import LSTM, Linear, RNN, RNNCell

cell_0 = RNNCell(4, 4)
xs_0 = torch.randn(1, 2, 3)
h_0 = torch.zeros(4, 4)
outputs_0 = []
for t in range(len(xs_0)):
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
r_2_0 = torch.split(out_2, 1, dim=2)[0]
r_2_1 = out_2[:, -1, :]
r_2_2 = h_2[2]
r_2_3 = torch.cat((out_2, out_2), dim=-1)
