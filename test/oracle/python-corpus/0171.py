# oracle: seed 171, closed, raises RuntimeError at line 8
import torch
from torch.nn import GRU, LSTM, Linear, Module
from torch.autograd import Variable

rnn_0 = GRU(5, 9)
x_0 = torch.randn(6, 1, 4).float()
out_0, h_0 = rnn_0(x_0)
fc_0 = Linear(9, 4)
logits_0 = fc_0(h_0[-1])

rnn_1 = LSTM(3, 2)
x_1 = torch.randn(5, 3, 3)
lengths_1 = [5, 4, 3]
packed_1 = torch.nn.utils.rnn.pack_padded_sequence(x_1, lengths_1)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_1)
last_1 = Linear(3, 2)(h_1[-1])

rnn_2 = LSTM(8, 5, num_layers=2, batch_first=True, dropout=0.5)
x_2 = Variable(torch.ones((4, 4, 8)))
out_2, state_2 = rnn_2(x_2)
n_2 = out_2.size(2) * out_2.dim()

class Model_3(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(len(x))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_3 = Model_3(7, 8, 2)
logits_3 = model_3(torch.rand(4, 4, 7))
