# oracle: seed 52, open, raises RuntimeError at line 10
import random
import torch
from torch import nn

lstm_0 = nn.LSTM(7, 5)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 7))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 8))
last_0 = nn.Linear(5, 2)(out_0[-1])

rnn_1 = nn.LSTM(input_size=8, hidden_size=6)
x_1 = torch.randn(1, 8)
hx_1 = (torch.zeros(1, 6), torch.zeros(1, 6))
out_1, _ = rnn_1(x_1, hx_1)

lstm_2 = nn.LSTM(6, 4)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 6))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 6))
last_2 = nn.Linear(3, 2)(out_2[-1])
