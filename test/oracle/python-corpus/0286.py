# oracle: seed 286, closed, runs cleanly
import torch.nn
from torch.autograd import Variable

rnn_0 = torch.nn.GRU(3, 9, batch_first=True)
x_0 = torch.randn(4, 6, 3).float()
out_0, h_0 = rnn_0(x_0)
fc_0 = torch.nn.Linear(9, 3)
logits_0 = fc_0(h_0[-1])

rnn_1 = torch.nn.LSTM(input_size=4, hidden_size=7, num_layers=2)
x_1 = Variable(torch.rand((4, 1, 4)))
hidden_1 = (torch.zeros(2, 1, 7), torch.randn(2, 1, 7))
out_1, state_1 = rnn_1(x_1, hidden_1)
n_1 = out_1.size(1) * out_1.dim()
