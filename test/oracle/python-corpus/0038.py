# oracle: seed 38, closed, raises RuntimeError at line 23
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM

rnn_0 = LSTM(4, 8, 1, batch_first=True)
x_0 = torch.ones(1, 4, 4)
out_0, (h_0, c_0) = rnn_0(x_0)
n_0 = out_0.size(1) * out_0.dim()

cell_1 = GRUCell(input_size=7, hidden_size=7)
h_1 = torch.zeros(2, 7)
t_1 = 0
while t_1 < 3:
    h_1 = cell_1(torch.randn(2, 7), h_1)
    t_1 += 1

gru_2 = GRU(5, 5)
x_2 = torch.randn(3, 7)
if x_2.size(-1) == 5:
    out_2, _ = gru_2(x_2)
else:
    out_2, _ = gru_2(torch.randn(2, 2, 6))
