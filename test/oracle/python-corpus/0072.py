# oracle: seed 72, closed, runs cleanly
import torch
from torch import nn

cell_0 = nn.RNNCell(input_size=2, hidden_size=3)
h_0 = torch.zeros(2, 3)
t_0 = 0
while t_0 < 4:
    h_0 = cell_0(torch.randn(2, 2), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).squeeze(0)

lstm_1 = nn.LSTM(3, 4, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
r_1_0 = torch.split(out_1, 1, dim=2)[0]
r_1_1 = torch.split(out_1, 1, dim=2)[0]

class Args_2:
    pass

args_2 = Args_2()
setattr(args_2, "hidden", 5)
rnn_2 = nn.GRU(5, args_2.hidden)
out_2, h_2 = rnn_2(torch.randn(2, 2, 5), torch.zeros(1, 2, args_2.hidden))
