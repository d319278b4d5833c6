# oracle: seed 37, closed, runs cleanly
import torch
from torch.nn import GRU, LSTM, Linear

rnn_0 = LSTM(6, 3, 1)
x_0 = torch.rand(4, 4, 6)
out_0, (h_0, c_0) = rnn_0(x_0)
fc_0 = Linear(3, 3)
logits_0 = fc_0(h_0[-1])

rnn_1 = GRU(9, 6)
x_1 = torch.randn(1, 9)
hx_1 = torch.zeros(1, 6)
out_1, _ = rnn_1(x_1, hx_1)

rnn_2 = GRU(9, 9, 1, True, True)
x_2 = torch.rand(3, 6, 9)
hidden_2 = torch.zeros(1, 3, 9)
out_2, h_2 = rnn_2(x_2, hidden_2)
n_2 = out_2.size(1) * out_2.dim()
