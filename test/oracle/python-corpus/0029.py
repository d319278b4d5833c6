# oracle: seed 29, closed, raises RuntimeError at line 9
import torch
from torch import nn

cell_0 = nn.RNNCell(input_size=4, hidden_size=4, nonlinearity='relu')
h_0 = torch.zeros(6)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(6), h_0)
    t_0 += 1
