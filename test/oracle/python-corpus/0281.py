# oracle: seed 281, closed, runs cleanly
import torch
import torch.nn as nn

cell_0 = nn.RNNCell(input_size=6, hidden_size=3)
h_0 = torch.zeros(3)
t_0 = 0
while t_0 < 3:
    h_0 = cell_0(torch.randn(6), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).squeeze(0)

y_1 = torch.randn(2, 2, 7)
layers_1 = {
    "l0": nn.GRU(7, 4),
}
for name in ["l0"]:
    y_1, h_1 = layers_1[name](y_1)
