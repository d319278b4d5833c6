# oracle: seed 204, closed, raises RuntimeError at line 9
import torch
from torch.nn import GRU, GRUCell, RNNCell

cell_0 = RNNCell(input_size=3, hidden_size=6)
h_0 = torch.zeros(2, 7)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(2, 3), h_0)
    t_0 += 1

gru_1 = GRU(8, 7)
x_1 = torch.randn(3, 8)
cell_1 = GRUCell(8, 7)
if x_1.dim() == 3:
    out_1, _ = gru_1(x_1)
else:
    out_1 = cell_1(x_1)
