# oracle: seed 234, closed, raises RuntimeError at line 18
import torch

cell_0 = torch.nn.GRUCell(input_size=3, hidden_size=3)
h_0 = torch.zeros(3)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(3), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).flatten()

cell_1 = torch.nn.LSTMCell(7, 6)
xs_1 = torch.randn(2, 4, 7)
h_1 = torch.zeros(4, 6)
c_1 = torch.zeros(4, 12)
outputs_1 = []
for t in range(2):
    h_1, c_1 = cell_1(xs_1[t], (h_1, c_1))
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)
head_1 = torch.nn.Linear(6, 2)(h_1)
