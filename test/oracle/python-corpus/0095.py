# oracle: seed 95, closed, runs cleanly
import torch
from torch.nn import GRU, GRUCell

cell_0 = GRUCell(input_size=3, hidden_size=7)
h_0 = torch.zeros(7)
t_0 = 0
while t_0 < 3:
    h_0 = cell_0(torch.randn(3), h_0)
    t_0 += 1

cell_1 = GRUCell(input_size=3, hidden_size=7)
h_1 = torch.zeros(2, 7)
t_1 = 0
while t_1 < 0:
    h_1 = cell_1(torch.randn(2, 3), h_1)
    t_1 += 1

rnn_2 = GRU(input_size=7, hidden_size=7, num_layers=2, batch_first=True, bidirectional=False)
x_2 = torch.ones(5, 5, 7)
batch_2 = x_2.size(0)
h0_2 = torch.zeros(2, batch_2, 7)
out_2, hn_2 = rnn_2(x_2, h0_2)
