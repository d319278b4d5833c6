# oracle: seed 72, closed, runs cleanly
import torch
from torch import nn

cell_0 = nn.RNNCell(input_size=2, hidden_size=3)
h_0 = torch.zeros(2, 3)
t_0 = 0
while t_0 < 4:
    h_0 = cell_0(torch.randn(2, 2), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).squeeze(0)
