# oracle: seed 30, open, runs cleanly
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
x_2 = Variable(torch.rand(6, 3, 4))
out_2, (h_2, c_2) = rnn_2(x_2)
fc_2 = torch.nn.Linear(4, 2)
logits_2 = fc_2(out_2[-1])

rnn_3 = torch.nn.LSTM(8, 7, 3, True, False)
x_3 = torch.zeros(1, 4, 8)
out_3, (h_3, _) = rnn_3(x_3)
fc_3 = torch.nn.Linear(7, 2)
logits_3 = fc_3(out_3[-1])

gru_4 = torch.nn.GRU(8, 3)
x_4 = torch.randn(3, 8)
cell_4 = torch.nn.GRUCell(8, 3)
if x_4.dim() == 3:
    out_4, _ = gru_4(x_4)
else:
    out_4 = cell_4(x_4)
