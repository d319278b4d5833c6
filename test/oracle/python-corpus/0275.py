# oracle: seed 275, closed, raises RuntimeError at line 9
import torch
from torch.nn import GRU, Linear

y_0 = torch.randn(1, 3, 6)
layers_0 = [GRU(6, 7), GRU(7, 7)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]
z_0 = Linear(9, 3)(y_0)
