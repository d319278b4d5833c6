# oracle: seed 295, closed, raises TypeError at line 4
import torch.nn

layer_0 = torch.nn.LSTM(8, 4, nonlinearity='tanh')
y_0, _ = layer_0(torch.randn(3, 2, 8))

class Model_1(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_1, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_1():
    return Model_1(7, 6, 2)

logits_1 = build_1()(torch.zeros(1, 1, 6))

cell_2 = torch.nn.RNNCell(input_size=2, hidden_size=5)
h_2 = torch.zeros(5)
t_2 = 0
while t_2 < 0:
    h_2 = cell_2(torch.randn(2), h_2)
    t_2 += 1
z_2 = h_2.unsqueeze(0).contiguous()
