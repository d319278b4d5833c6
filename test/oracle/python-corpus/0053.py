# oracle: seed 53, closed, raises RuntimeError at line 8
import torch
import torch.nn as nn

rnn_0 = nn.LSTM(6, 2, num_layers=1)
x_0 = torch.zeros(6, 3, 8)
hidden_0 = (torch.zeros(1, 3, 2), torch.zeros((1, 3, 2)))
out_0, (h_0, _) = rnn_0(x_0, hidden_0)
n_0 = out_0.size(-1) * out_0.dim()

layer_1 = nn.GRU(8, 0, 2, bias=True)

cell_2 = nn.GRUCell(input_size=6, hidden_size=5)
h_2 = torch.zeros(5)
t_2 = 0
while t_2 < 2:
    h_2 = cell_2(torch.randn(12), h_2)
    t_2 += 1
