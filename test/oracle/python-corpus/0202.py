# oracle: seed 202, closed, raises ValueError at line 35
import torch
import torch.nn as nn

cell_0 = nn.GRUCell(4, 4)
xs_0 = torch.randn(2, 2, 4)
h_0 = torch.zeros(2, 4)
outputs_0 = []
for t in range(len(xs_0)):
    if t % 2 == 1:
        continue
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0, dim=0)

gru_1 = nn.GRU(3, 7)
x_1 = torch.randn(3, 3)
cell_1 = nn.GRUCell(3, 7)
if x_1.dim() == 3:
    out_1, _ = gru_1(x_1)
else:
    out_1 = cell_1(x_1)

lstm_2 = nn.LSTM(3, 6, 2)
out_2, (h_2, c_2) = lstm_2(torch.randn(2, 4, 3))
r_2_0 = out_2.size(2)
r_2_1 = out_2.view(8, 6)

rnn_3 = nn.RNN(9, 6, 3)
x_3 = torch.ones(2, 2, 9)
batch_3 = x_3.size()[1]
h0_3 = torch.zeros(3, batch_3, 6)
out_3, hn_3 = rnn_3(x_3, h0_3)

layer_4 = nn.GRU(5, 6, proj_size=1)
