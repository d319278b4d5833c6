# oracle: seed 40, closed, runs cleanly
import torch
from torch.nn import LSTM, Linear, RNN

rnn_0 = LSTM(8, 4, 2, batch_first=True, dropout=0.1, bidirectional=True)
x_0 = torch.rand(2, 1, 8)
out_0, (h_0, _) = rnn_0(x_0)
fc_0 = Linear(4, 2)
logits_0 = fc_0(h_0[-1])

lstm_1 = LSTM(3, 4, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(2, 4, 3))
r_1_0 = h_1[-1].unsqueeze(0).expand(2, -1, -1)
r_1_1 = out_1.unsqueeze(-1).squeeze(-1)
a_1, b_1 = out_1.chunk(2, dim=0)

rnn_2 = RNN(2, 7)
x_2 = torch.zeros(6, 4, 2)
out_2, _ = rnn_2(x_2)
n_2 = out_2.size(1) * out_2.dim()
