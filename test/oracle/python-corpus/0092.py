# oracle: seed 92, closed, raises RuntimeError at line 19
import torch
from torch.autograd import Variable

y_0 = torch.randn(4, 3, 5)
stack_0 = torch.nn.ModuleDict({"enc": torch.nn.GRU(5, 2)})
y_0, _ = stack_0["enc"](y_0)
y_0, _ = torch.nn.GRU(2, 6)(y_0)

rnn_1 = torch.nn.RNN(2, 3, 3)
x_1 = torch.randn(5, 2)
hx_1 = torch.zeros(3, 3)
out_1, _ = rnn_1(x_1, hx_1)
y_1 = out_1[-1].view(3)

rnn_2 = torch.nn.RNN(9, 6, 3, batch_first=True, nonlinearity='tanh')
x_2 = Variable(torch.zeros([3, 2, 18]))
hidden_2 = torch.zeros(3, 3, 6)
out_2, _ = rnn_2(x_2, hidden_2)
n_2 = out_2.size(0) * out_2.dim()

layer_3 = torch.nn.LSTM(3, 3, num_layers=2, dropout=0.2)
y_3, _ = layer_3(torch.randn(3, 2, 3))

rnn_4 = torch.nn.LSTM(6, 5, batch_first=True)
x_4 = torch.randn(3, 6, 6)
lengths_4 = [6, 5, 4]
packed_4 = torch.nn.utils.rnn.pack_padded_sequence(x_4, lengths_4, batch_first=True)
packed_out_4, (h_4, c_4) = rnn_4(packed_4)
out_4, out_lengths_4 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_4, batch_first=True)
last_4 = torch.nn.Linear(5, 2)(h_4[-1])
