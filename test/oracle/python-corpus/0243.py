# oracle: seed 243, open, runs cleanly
import random
import torch
from torch import nn

y_0 = torch.randn(4, 3, 3)
layers_0 = nn.ModuleList([nn.GRU(3, 2)])
for layer in layers_0:
    y_0, _ = layer(y_0)
z_0 = nn.Linear(2, 3)(y_0)

lstm_1 = nn.LSTM(4, 7)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 4))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 4))
last_1 = nn.Linear(7, 2)(out_1[-1])

rnn_2 = nn.RNN(3, 6, dropout=0.1)
x_2 = torch.randn(5, 3)
out_2, _ = rnn_2(x_2)

def build_3():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(5, 4)

fake_3 = build_3()
y_3, _ = fake_3(torch.randn(2, 3, 10), torch.zeros(9, 9))
