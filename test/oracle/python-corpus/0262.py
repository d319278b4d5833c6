# oracle: seed 262, closed, raises RuntimeError at line 16
import torch
from torch.nn import LSTM, Linear, RNN

lstm_0 = LSTM(3, 2, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 3, 3))
r_0_0 = out_0[..., :1]
r_0_1 = out_0.flatten(1)
r_0_2 = out_0.unsqueeze(3).squeeze(-1)
r_0_3 = out_0.reshape(-1, 2)
a_0, b_0 = out_0.chunk(2, dim=0)

rnn_1 = RNN(4, 2, num_layers=1, bidirectional=True)
x_1 = torch.ones(6, 4, 4)
hidden_1 = torch.zeros(2, 4, 4)
out_1, _ = rnn_1(x_1, hidden_1)
fc_1 = Linear(6, 2)
logits_1 = fc_1(out_1[-1])
