# oracle: seed 141, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRUCell

cell_0 = GRUCell(input_size=6, hidden_size=3)
h_0 = torch.zeros(2, 3)
t_0 = 0
while t_0 < 2:
    h_0 = cell_0(torch.randn(2, 6), h_0)
    t_0 += 1
