# oracle: seed 40, open, raises RuntimeError at line 25
import random
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

lstm_3 = LSTM(3, 2)
if random.random() < 0.5:
    out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 4))
else:
    out_3, (h_3, c_3) = lstm_3(torch.randn(4, 3, 6))
last_3 = Linear(2, 2)(out_3[-1])

rnn_4 = RNN(input_size=6, hidden_size=9, num_layers=2)
x_4 = torch.randn(3, 6)
out_4, _ = rnn_4(x_4)
