# oracle: seed 297, closed, runs cleanly
import torch
from torch import nn

gru_0 = nn.GRU(6, 4)
x_0 = torch.randn(4, 3, 6)
if x_0.dim() == 2:
    x_0 = x_0.unsqueeze(1)
out_0, h_0 = gru_0(x_0)
