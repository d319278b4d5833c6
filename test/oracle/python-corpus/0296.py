# oracle: seed 296, open, raises RuntimeError at line 8
import random
import torch

rnn_0 = torch.nn.GRU(9, 7, 2, True, False)
x_0 = torch.randn(5, 9)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(8)

lstm_1 = torch.nn.LSTM(2, 4)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 2))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 1))
last_1 = torch.nn.Linear(6, 2)(out_1[-1])

rnn_2 = torch.nn.LSTM(9, 3, 3, False, False, bidirectional=False)
x_2 = torch.randn(2, 8)
out_2, _ = rnn_2(x_2)
