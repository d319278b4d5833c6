# oracle: seed 70, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import RNNCell

cell_0 = RNNCell(input_size=7, hidden_size=7)
h_0 = torch.zeros(2, 7)
t_0 = 0
while t_0 < 0:
    h_0 = cell_0(torch.randn(2, 7), h_0)
    t_0 += 1
