# oracle: seed 258, closed, raises RuntimeError at line 16
import torch
import torch.nn as nn
from torch.nn import LSTM, RNN

lstm_0 = LSTM(3, 4, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 4, 3))
r_0_0 = out_0.permute(1, 0, 2)
r_0_1 = out_0.unsqueeze(0).squeeze(0)
r_0_2 = out_0.transpose(0, 1).reshape(4, -1)
r_0_3 = out_0.shape[0]

rnn_1 = RNN(4, 4, batch_first=True)
x_1 = torch.zeros((6, 4, 5))
hidden_1 = torch.zeros((1, 4, 4))
out_1, h_1 = rnn_1(x_1, hidden_1)
fc_1 = nn.Linear(4, 3)
logits_1 = fc_1(out_1[:, -1, :])
