# oracle: seed 183, closed, raises RuntimeError at line 44
import torch
import torch.nn as nn
from torch.autograd import Variable

rnn_0 = nn.RNN(input_size=5, hidden_size=9, num_layers=3, bias=False, bidirectional=True)
x_0 = torch.ones(4, 5, 5)
batch_0 = x_0.size()[1]
h0_0 = torch.zeros(6, batch_0, 9)
out_0, hn_0 = rnn_0(x_0, h0_0)
assert out_0.dim() == 3

def build_1():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(5, 2)

fake_1 = build_1()
y_1, _ = fake_1(torch.randn(2, 3, 10), torch.zeros(9, 9))

rnn_2 = nn.RNN(4, 6, 3, batch_first=True, dropout=0.2, bidirectional=True)
x_2 = Variable(torch.zeros(3, 3, 4))
hidden_2 = torch.zeros(6, 3, 6)
out_2, h_2 = rnn_2(x_2, hidden_2)
fc_2 = nn.Linear(12, 4)
logits_2 = fc_2(out_2[:, -1, :])

class Model_3(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_3 = Model_3(8, 7, num_layers=2)
logits_3 = model_3(torch.randn(5, 2, 16))
