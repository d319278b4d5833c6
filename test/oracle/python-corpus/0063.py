# oracle: seed 63, closed, raises RuntimeError at line 9
import torch
from torch import nn

cell_0 = nn.RNNCell(input_size=4, hidden_size=7)
h_0 = torch.zeros(2, 7)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(2, 3), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).flatten()
