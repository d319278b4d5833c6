# oracle: seed 96, closed, raises RuntimeError at line 9
import torch
import torch.nn as nn

cell_0 = nn.GRUCell(input_size=6, hidden_size=6)
h_0 = torch.zeros(2, 7)
t_0 = 0
while t_0 < 2:
    h_0 = cell_0(torch.randn(2, 6), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).flatten()
