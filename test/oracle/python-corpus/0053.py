# oracle: seed 53, closed, raises IndexError at line 12
import torch
import torch.nn as nn

rnn_0 = nn.LSTM(6, 2, num_layers=1)
x_0 = torch.randn([6, 3, 6])
out_0, (h_0, _) = rnn_0(x_0)
n_0 = out_0.size(0) * out_0.dim()

lstm_1 = nn.LSTM(3, 2, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(3, 2, 3))
r_1_0 = out_1.size(3)
r_1_1 = out_1.size(3)
r_1_2 = out_1[..., :2]
r_1_3 = torch.stack([h_1[-1], c_1[-1]], dim=0)

rnn_2 = nn.RNN(7, 2, 1, True, False)
x_2 = torch.ones(5, 1, 7)
batch_2 = x_2.size(1)
h0_2 = torch.zeros(1, batch_2, 2)
out_2, hn_2 = rnn_2(x_2, h0_2)
