# oracle: seed 195, closed, runs cleanly
import torch.nn

cell_0 = torch.nn.GRUCell(input_size=6, hidden_size=3)
h_0 = torch.zeros(3)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(6), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).flatten()

lstm_1 = torch.nn.LSTM(3, 2, 1)
out_1, (h_1, c_1) = lstm_1(torch.randn(3, 2, 3))
r_1_0 = torch.cat((out_1, out_1[:, :, :1]), dim=-1)
r_1_1 = out_1.size()
r_1_2 = torch.stack([h_1[-1], c_1[-1]], dim=0)
r_1_3 = h_1[-2:]
