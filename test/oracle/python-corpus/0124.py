# oracle: seed 124, closed, raises RuntimeError at line 14
import torch
import torch.nn as nn
from torch.nn import GRU

gru_0 = GRU(6, 5)
x_0 = torch.randn(3, 6)
deep_0 = GRU(6, 5, num_layers=1)
if deep_0.num_layers > 1:
    out_0, _ = deep_0(torch.randn(2, 3, 6), torch.zeros(2, 3, 5))
elif 2 == 3:
    out_0, _ = deep_0(torch.randn(2, 3, 6), torch.zeros(1, 3, 5))
else:
    out_0, _ = deep_0(torch.randn(2, 3, 6), torch.zeros(2, 3, 5))
