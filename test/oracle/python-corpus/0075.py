# oracle: seed 75, open, runs cleanly
import random
import torch
from torch import nn

y_0 = torch.randn(4, 3, 2)
layers_0 = [nn.RNN(2, 4), nn.RNN(4, 5), nn.RNN(5, 7)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]

lstm_1 = nn.LSTM(7, 6)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 7))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 7))
last_1 = nn.Linear(6, 2)(out_1[-1])

rnn_2 = nn.LSTM(input_size=3, hidden_size=4, batch_first=True, bidirectional=True)
x_2 = torch.randn((1, 5, 3))
batch_2 = x_2.shape[0]
h0_2 = torch.zeros(2, batch_2, 4)
c0_2 = torch.zeros(2, batch_2, 4)
out_2, (hn_2, cn_2) = rnn_2(x_2, (h0_2, c0_2))
