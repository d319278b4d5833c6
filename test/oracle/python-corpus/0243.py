# oracle: seed 243, closed, raises RuntimeError at line 9
import torch
from torch import nn

y_0 = torch.randn(4, 3, 3)
layers_0 = nn.ModuleList([nn.GRU(3, 2)])
for layer in layers_0:
    y_0, _ = layer(y_0)
z_0 = nn.Linear(3, 3)(y_0)
