# oracle: seed 87, open, raises RuntimeError at line 25
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(6, 2)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 6))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 6))
last_0 = nn.Linear(2, 2)(out_0[-1])

rnn_1 = nn.RNN(5, 4, 2, True, False, bidirectional=True)
x_1 = torch.rand(3, 4, 5)
batch_1 = x_1.size(1)
h0_1 = torch.zeros(4, batch_1, 4)
out_1, hn_1 = rnn_1(x_1, h0_1)
assert out_1.dim() == 3

lstm_2 = nn.LSTM(5, 6)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 5))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 10))
last_2 = nn.Linear(8, 2)(out_2[-1])

cell_3 = nn.RNNCell(input_size=2, hidden_size=7)
h_3 = torch.zeros(7)
t_3 = 0
while t_3 < 1:
    h_3 = cell_3(torch.randn(2), h_3)
    t_3 += 1
