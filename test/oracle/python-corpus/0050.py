# oracle: seed 50, closed, runs cleanly
import torch
from torch.nn import GRU, GRUCell

gru_0 = GRU(2, 2)
x_0 = torch.randn(4, 3, 2)
cell_0 = GRUCell(2, 2)
if x_0.dim() == 3:
    out_0, _ = gru_0(x_0)
else:
    out_0 = cell_0(x_0)
