# oracle: seed 156, open, runs cleanly
import random
import torch
from torch.nn import Conv1d, LSTM, Linear, RNNCell

conv_0 = Conv1d(7, 2, kernel_size=3, padding=1)
feats_0 = conv_0(torch.randn(2, 7, 6)).transpose(1, 2)
rnn_0 = LSTM(2, 4, batch_first=True)
out_0, _ = rnn_0(feats_0)

lstm_1 = LSTM(6, 7)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 6))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 5))
last_1 = Linear(7, 2)(out_1[-1])

cell_2 = RNNCell(input_size=6, hidden_size=4)
h_2 = torch.zeros(2, 4)
t_2 = 0
while t_2 < 2:
    h_2 = cell_2(torch.randn(2, 6), h_2)
    t_2 += 1
