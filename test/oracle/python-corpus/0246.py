# oracle: seed 246, open, raises RuntimeError at line 15
import random
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM, RNN

conv_0 = nn.Conv1d(6, 2, kernel_size=3, padding=1)
feats_0 = conv_0(torch.randn(2, 6, 6)).transpose(1, 2)
rnn_0 = LSTM(2, 4, batch_first=True)
out_0, _ = rnn_0(feats_0)

rnn_1 = RNN(3, 2, num_layers=3, dropout=0.2, bidirectional=True)
x_1 = torch.randn(3, 4, 6)
hidden_1 = torch.randn(6, 4, 2).float()
out_1, h_1 = rnn_1(x_1, hidden_1)
both_1 = torch.cat((h_1[-2], h_1[-1]), dim=1)
fc_1 = nn.Linear(4, 2)
logits_1 = fc_1(both_1)

cell_2 = GRUCell(input_size=5, hidden_size=7)
h_2 = torch.zeros(2, 7)
t_2 = 0
while t_2 < 3:
    h_2 = cell_2(torch.randn(2, 6), h_2)
    t_2 += 1

config_3 = {"input_size": 3, "hidden_size": 2, "num_layers": 1}
rnn_3 = GRU(**config_3)
out_3, h_3 = rnn_3(torch.randn(3, 2, config_3["input_size"]))

lstm_4 = LSTM(4, 2)
if random.random() < 0.5:
    out_4, (h_4, c_4) = lstm_4(torch.randn(2, 3, 6))
else:
    out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 4))
last_4 = nn.Linear(2, 2)(out_4[-1])
