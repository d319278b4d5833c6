# oracle: seed 98, closed, runs cleanly
import torch
from torch.nn import GRU

gru_0 = GRU(3, 2)
x_0 = torch.randn(4, 3, 3)
if x_0.size(-1) == 3:
    out_0, _ = gru_0(x_0)
else:
    out_0, _ = gru_0(torch.randn(2, 2, 4))
