# oracle: seed 246, closed, raises RuntimeError at line 14
import torch
import torch.nn as nn
from torch.nn import LSTM, RNN

conv_0 = nn.Conv1d(6, 2, kernel_size=3, padding=1)
feats_0 = conv_0(torch.randn(2, 6, 6)).transpose(1, 2)
rnn_0 = LSTM(2, 4, batch_first=True)
out_0, _ = rnn_0(feats_0)

rnn_1 = RNN(3, 2, num_layers=3, dropout=0.2, bidirectional=True)
x_1 = torch.randn(3, 4, 6)
hidden_1 = torch.randn(6, 4, 2).float()
out_1, h_1 = rnn_1(x_1, hidden_1)
both_1 = torch.cat((h_1[-2], h_1[-1]), dim=1)
fc_1 = nn.Linear(5, 2)
logits_1 = fc_1(both_1)

lstm_2 = LSTM(3, 5, 2)
out_2, (h_2, c_2) = lstm_2(torch.randn(3, 4, 3))
r_2_0 = out_2.view(11, 5)
r_2_1 = out_2.view(11, 5)
