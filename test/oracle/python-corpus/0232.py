# oracle: seed 232, closed, raises ValueError at line 16
import torch.nn

cell_0 = torch.nn.RNNCell(7, 8, bias=False)
xs_0 = torch.randn(4, 3, 7)
h_0 = torch.zeros(3, 8)
outputs_0 = []
for t in range(len(xs_0)):
    if t % 2 == 1:
        continue
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)
head_0 = torch.nn.Linear(8, 2)(h_0)

layer_1 = torch.nn.GRU(2, 4, proj_size=1)

cell_2 = torch.nn.GRUCell(input_size=2, hidden_size=3)
h_2 = torch.zeros(2, 3)
t_2 = 0
while t_2 < 0:
    h_2 = cell_2(torch.randn(2, 1), h_2)
    t_2 += 1
z_2 = h_2.unsqueeze(0).squeeze(0)
