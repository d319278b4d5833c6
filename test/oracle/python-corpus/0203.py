# oracle: seed 203, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU

gru_0 = GRU(2, 6)
x_0 = torch.randn(4, 3, 2)
deep_0 = GRU(2, 6, num_layers=2)
if deep_0.num_layers > 1:
    out_0, _ = deep_0(torch.randn(2, 3, 2), torch.zeros(2, 3, 6))
elif 3 == 3:
    out_0, _ = deep_0(torch.randn(2, 3, 2), torch.zeros(1, 3, 6))
else:
    out_0, _ = deep_0(torch.randn(2, 3, 2), torch.zeros(2, 3, 6))
