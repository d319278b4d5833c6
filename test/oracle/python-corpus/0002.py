# oracle: seed 2, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn
from torch.nn import GRUCell

cell_0 = GRUCell(input_size=7, hidden_size=5)
h_0 = torch.zeros(5)
t_0 = 0
while t_0 < 2:
    h_0 = cell_0(torch.randn(14), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).contiguous()
