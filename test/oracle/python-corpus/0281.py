# oracle: seed 281, closed, raises RuntimeError at line 30
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

cell_2 = nn.RNNCell(input_size=4, hidden_size=4, nonlinearity='relu')
h_2 = torch.zeros(2, 6)
t_2 = 0
while t_2 < 0:
    h_2 = cell_2(torch.randn(2, 4), h_2)
    t_2 += 1
z_2 = h_2.unsqueeze(0).flatten()

lstm_3 = nn.LSTM(3, 3, 1)
out_3, (h_3, c_3) = lstm_3(torch.randn(3, 3, 3))
r_3_0 = out_3.permute(1, 0)
r_3_1 = h_3[-2:]
r_3_2 = torch.cat([h_3, c_3], dim=2)
r_3_3 = h_3[-1]
a_3, b_3 = out_3.chunk(2, dim=0)
