# oracle: seed 228, closed, raises RuntimeError at line 22
import torch.nn

cell_0 = torch.nn.GRUCell(input_size=7, hidden_size=7)
h_0 = torch.zeros(2, 7)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(2, 7), h_0)
    t_0 += 1

gru_1 = torch.nn.GRU(2, 3)
x_1 = torch.randn(4, 3, 2)
if x_1.size(-1) == 2:
    out_1, _ = gru_1(x_1)
else:
    out_1, _ = gru_1(torch.randn(2, 2, 3))

gru_2 = torch.nn.GRU(6, 4)
x_2 = torch.randn(4, 3, 12)
if x_2.dim() == 2:
    x_2 = x_2.unsqueeze(1)
out_2, h_2 = gru_2(x_2)
