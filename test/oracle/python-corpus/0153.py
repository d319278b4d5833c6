# oracle: seed 153, closed, raises ValueError at line 13
import torch
import torch.nn as nn

cell_0 = nn.RNNCell(input_size=5, hidden_size=5)
h_0 = torch.zeros(2, 5)
t_0 = 0
while t_0 < 4:
    h_0 = cell_0(torch.randn(2, 5), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).flatten()

layer_1 = nn.RNN(7, 0, 2, bias=True)

rnn_2 = nn.GRU(8, 2, 2, batch_first=True, dropout=0.2)
x_2 = torch.randn((4, 2, 8))
batch_2 = x_2.shape[0]
h0_2 = torch.zeros(2, batch_2, 2)
out_2, hn_2 = rnn_2(x_2, h0_2)
