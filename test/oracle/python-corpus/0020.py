# oracle: seed 20, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell

rnn_0 = GRU(3, 5, 2, dropout=0.1)
x_0 = torch.randn((5, 2, 3))
batch_0 = x_0.size(0)
h0_0 = torch.zeros(2, batch_0, 5)
out_0, hn_0 = rnn_0(x_0, h0_0)
assert out_0.dim() == 3

gru_1 = GRU(8, 8)
x_1 = torch.randn(4, 3, 8)
cell_1 = GRUCell(8, 8)
if x_1.dim() == 3:
    out_1, _ = gru_1(x_1)
else:
    out_1 = cell_1(x_1)
