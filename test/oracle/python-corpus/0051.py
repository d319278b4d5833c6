# oracle: seed 51, open, runs cleanly
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(2, 3)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 2))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 2))
last_0 = nn.Linear(3, 2)(out_0[-1])

y_1 = torch.randn(4, 2, 7)
layers_1 = nn.ModuleList([nn.RNN(7, 3)])
for layer in layers_1:
    y_1, _ = layer(y_1)
z_1 = nn.Linear(3, 3)(y_1)

rnn_2 = nn.LSTM(3, 5, num_layers=2)
x_2 = torch.randn(1, 3)
hx_2 = (torch.zeros(2, 5), torch.zeros(2, 5))
out_2, _ = rnn_2(x_2, hx_2)

cell_3 = nn.RNNCell(input_size=4, hidden_size=4)
h_3 = torch.zeros(2, 4)
t_3 = 0
while t_3 < 4:
    h_3 = cell_3(torch.randn(2, 4), h_3)
    t_3 += 1
