# oracle: seed 30, open, raises RuntimeError at line 22
import random
import torch.nn
from torch.autograd import Variable

lstm_0 = torch.nn.LSTM(3, 3)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 3))
last_0 = torch.nn.Linear(3, 2)(out_0[-1])

y_1 = torch.randn(3, 1, 4)
layers_1 = [torch.nn.GRU(4, 6), torch.nn.GRU(6, 4), torch.nn.GRU(4, 7)]
for i in range(len(layers_1)):
    y_1 = layers_1[i](y_1)[0]
z_1 = torch.nn.Linear(7, 3)(y_1)

rnn_2 = torch.nn.LSTM(4, 4, 2)
x_2 = Variable(torch.randn(6, 3, 4))
hidden_2 = (torch.zeros([2, 3, 4]), torch.zeros(4, 3, 4))
out_2, (h_2, c_2) = rnn_2(x_2, hidden_2)
n_2 = out_2.size(1) * out_2.dim()
