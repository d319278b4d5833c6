# oracle: seed 167, closed, raises RuntimeError at line 22
import torch.nn

cell_0 = torch.nn.GRUCell(input_size=2, hidden_size=3)
h_0 = torch.zeros(2, 3)
t_0 = 0
while t_0 < 0:
    h_0 = cell_0(torch.randn(2, 2), h_0)
    t_0 += 1

def build_1():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(7, 2)

fake_1 = build_1()
y_1, _ = fake_1(torch.randn(2, 3, 12), torch.zeros(9, 9))

layer_2 = torch.nn.GRU(7, 8, dropout=0)
y_2, _ = layer_2(torch.randn(3, 2, 6))

class Model_3(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_3, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

def build_3():
    return Model_3(5, 3, bidirectional=True)

logits_3 = build_3()(torch.ones(1, 1, 5))
