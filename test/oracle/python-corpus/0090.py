# oracle: seed 90, closed, runs cleanly
import torch
import torch.nn as nn

cell_0 = nn.RNNCell(input_size=6, hidden_size=6)
h_0 = torch.zeros(6)
t_0 = 0
while t_0 < 2:
    h_0 = cell_0(torch.randn(6), h_0)
    t_0 += 1
